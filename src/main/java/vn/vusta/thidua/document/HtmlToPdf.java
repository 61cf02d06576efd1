package vn.vusta.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders an HTML page (any HTML5, parsed by jsoup) to PDF with Liberation Serif embedded as "Times New Roman"
 * (Times metrics, every Vietnamese letter); text is put in NFC first, as Liberation misplaces decomposed marks.
 */
@Component
public class HtmlToPdf {
    static final String FONTS = "/usr/share/fonts/truetype/liberation2/";

    public byte[] render(String html) {
        var doc = new W3CDom().fromJsoup(Jsoup.parse(Normalizer.normalize(html, Normalizer.Form.NFC)));
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(new File(FONTS + "LiberationSerif-Regular.ttf"), "Times New Roman", 400, FontStyle.NORMAL, true);
        builder.useFont(new File(FONTS + "LiberationSerif-Bold.ttf"), "Times New Roman", 700, FontStyle.NORMAL, true);
        builder.useFont(new File(FONTS + "LiberationSerif-Italic.ttf"), "Times New Roman", 400, FontStyle.ITALIC, true);
        builder.useFont(new File(FONTS + "LiberationSerif-BoldItalic.ttf"), "Times New Roman", 700, FontStyle.ITALIC, true);
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
