package vn.vusta.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders an official document to PDF: a Thymeleaf template (which may use the Decree 30/2020 fragments of
 * {@code document/decree30}) becomes HTML, parsed by jsoup (HTML5, not XML), then laid out by openhtmltopdf with
 * Liberation Serif registered as "Times New Roman" (Times metrics, every Vietnamese letter) and embedded as a subset,
 * so that diacritics are right on every machine. All text is normalised to NFC first (decomposed marks misplace).
 */
@Component
public class PdfRenderer {
    private static final String[][] FACES = {
            {"LiberationSerif-Regular.ttf", "400", "NORMAL"}, {"LiberationSerif-Bold.ttf", "700", "NORMAL"},
            {"LiberationSerif-Italic.ttf", "400", "ITALIC"}, {"LiberationSerif-BoldItalic.ttf", "700", "ITALIC"}};
    private final ITemplateEngine templates;
    private final File fontDir;

    PdfRenderer(ITemplateEngine templates, @Value("${thidua.document.font-dir:/usr/share/fonts/truetype/liberation2}") String fontDir) {
        this.templates = templates;
        this.fontDir = new File(fontDir);
    }

    /** The template rendered with these variables, in this language, as PDF bytes. */
    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        var html = templates.process(template, new Context(locale, variables));
        return fromHtml(html);
    }

    public byte[] fromHtml(String html) {
        var doc = new W3CDom().fromJsoup(Jsoup.parse(Normalizer.normalize(html, Normalizer.Form.NFC)));
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (var face : FACES) {
            var file = new File(fontDir, face[0]);
            if (!file.isFile()) {
                throw new IllegalStateException("Font " + file + " is missing: install the Debian package fonts-liberation2 "
                        + "(or set thidua.document.font-dir) so that PDFs show Vietnamese correctly");
            }
            builder.useFont(file, "Times New Roman", Integer.parseInt(face[1]), FontStyle.valueOf(face[2]), true);
        }
        builder.withW3cDocument(doc, null);
        var out = new ByteArrayOutputStream();
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
