package vn.vusta.thidua.campaign.sheet;

import java.io.IOException;
import java.text.Normalizer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.NotFoundException;

/** A sheet as an XLSX workbook, and a workbook (kept by hand in Excel) as a new sheet or a new version. */
@Controller
class SheetTransferPages {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final ScoringSheets sheets;
    private final SheetXlsx xlsx;
    private final SheetEditor editor;
    private final Messages messages;

    SheetTransferPages(ScoringSheets sheets, SheetXlsx xlsx, SheetEditor editor, Messages messages) {
        this.sheets = sheets;
        this.xlsx = xlsx;
        this.editor = editor;
        this.messages = messages;
    }

    @PreAuthorize("@sheetPolicy.mayView(#id)")
    @GetMapping("/admin/sheets/{id}/xlsx")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> export(@PathVariable long id) { return download(sheets, xlsx, id); }

    static ResponseEntity<byte[]> download(ScoringSheets sheets, SheetXlsx xlsx, long id) {
        var sheet = sheets.withCriteria(id).orElseThrow(() -> new NotFoundException("sheet", id));
        var name = "bang-diem-" + ascii(sheet.getCode()) + "-v" + sheet.getSheetVersion() + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(xlsx.export(sheet));
    }

    @PreAuthorize("@sheetPolicy.mayManageSome()")
    @GetMapping("/admin/sheets/import")
    String importPage(Model model) {
        model.addAttribute("maxKb", SheetXlsx.MAX_BYTES / 1024);
        return "campaign/sheet-import";
    }

    @PreAuthorize("@sheetPolicy.mayManageSome()")
    @PostMapping("/admin/sheets/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) throw new BusinessRuleException("xlsx.empty");
            if (file.getSize() > SheetXlsx.MAX_BYTES) throw new BusinessRuleException("xlsx.tooLarge", SheetXlsx.MAX_BYTES / 1024);
            var sheet = editor.importSheet(xlsx.read(file.getBytes()));
            redirect.addFlashAttribute("success", messages.get("sheet.imported", sheet.getCode(), sheet.getSheetVersion(),
                    sheet.getCriteria().size()));
            return "redirect:/admin/sheets/" + sheet.getId();
        } catch (SheetImportProblems.Refused e) {
            model.addAttribute("problems", e.problems().stream().map(this::describe).toList());
        } catch (BusinessRuleException e) {
            model.addAttribute("error", messages.of(e));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return importPage(model);
    }

    private String describe(SheetImportProblems.Problem p) {
        var text = messages.get(p.key(), p.args());
        if (p.worksheet() == null) return text;
        if (p.row() == 0) return messages.get("sheetImport.at.info", p.worksheet(), p.column(), text);
        if (p.column() == null) return messages.get("sheetImport.at.row", p.worksheet(), p.row(), text);
        return messages.get("sheetImport.at.cell", p.worksheet(), p.row(), p.column(), text);
    }

    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
