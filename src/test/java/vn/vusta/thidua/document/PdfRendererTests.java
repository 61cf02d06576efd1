package vn.vusta.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** HTML to PDF with Vietnamese text: every letter survives (also when typed decomposed), fonts are embedded. */
class PdfRendererTests {
    static final String FONTS = "/usr/share/fonts/truetype/liberation2";

    @Test
    void vietnameseTextComesOutOfThePdfAsItWentInWithEmbeddedTimesMetrics() throws Exception {
        var decomposed = Normalizer.normalize("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương", Normalizer.Form.NFD);
        var html = "<html><head><style>body { font-family: 'Times New Roman'; }</style></head><body>"
                + "<p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><i>Độc lập - Tự do - Hạnh phúc</i></p><p>" + decomposed
                + "</p><p>ơ ư ộ ệ ủ Ơ Ư Ộ Ệ Ủ</p></body></html>";
        var pdf = new PdfRenderer(null, FONTS).fromHtml(html);
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương", "ơ ư ộ ệ ủ Ơ Ư Ộ Ệ Ủ");
            var resources = doc.getPage(0).getResources();
            var names = new java.util.ArrayList<String>();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                names.add(font.getName());
            }
            assertThat(names).anyMatch(n -> n.endsWith("LiberationSerif-Bold")).anyMatch(n -> n.endsWith("LiberationSerif-Italic"))
                    .anyMatch(n -> n.endsWith("LiberationSerif"));
        }
    }

    @Test
    void aMissingFontIsNamedWithItsRemedy() {
        assertThatThrownBy(() -> new PdfRenderer(null, "/nonexistent").fromHtml("<p>x</p>"))
                .hasMessageContaining("fonts-liberation2");
    }
}
