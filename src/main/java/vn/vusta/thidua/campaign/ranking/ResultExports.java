package vn.vusta.thidua.campaign.ranking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.cluster.ClusterLetterheads;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.TimeConfig;
import vn.vusta.thidua.document.PdfRenderer;
import vn.vusta.thidua.document.XlsxTable;

/**
 * The league table as documents: an XLSX workbook whose numbers stay numbers, and the official PDF (bảng tổng hợp
 * kết quả chấm điểm) in the administrative layout, fit to be read out at the year-end summary. {@code full} adds the
 * self-assessment and review totals (the signed-in page); the public exports carry the published columns only.
 */
@Component
class ResultExports {
    private final TemplateEngine templates;
    private final PdfRenderer pdf;
    private final Messages messages;
    private final ClusterLetterheads letterheads;
    private final Clock clock;

    ResultExports(TemplateEngine templates, PdfRenderer pdf, Messages messages, ClusterLetterheads letterheads, Clock clock) {
        this.letterheads = letterheads;
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    byte[] xlsx(LeagueTable t, boolean full) {
        var header = new ArrayList<String>(List.of(messages.get("result.rank"), messages.get("result.unit")));
        t.groups().forEach(g -> header.add(g.code() + ". " + g.name()));
        if (full) {
            header.add(messages.get("result.self"));
            header.add(messages.get("result.review"));
        }
        header.add(messages.get("result.final"));
        var rows = new ArrayList<List<Object>>();
        for (var r : t.rows()) {
            var row = new ArrayList<Object>();
            row.add(rank(r));
            row.add(r.unit().name());
            row.addAll(r.groups());
            if (full) {
                row.add(r.self());
                row.add(r.review());
            }
            row.add(r.fin());
            rows.add(row);
        }
        var title = new ArrayList<>(List.of(messages.get("result.document.title", t.year()).toUpperCase(Locale.ROOT), t.clusterName() + " – " + t.campaignName()));
        if (!t.published()) title.add(messages.get("result.provisional"));
        return XlsxTable.of(t.clusterCode(), title, header, rows);
    }

    /**
     * The official PDF, dated the day the campaign's results were published (a provisional table: the day it is
     * printed), under the cluster's letterhead (a union's internal cluster issues under the union).
     */
    byte[] pdf(Campaign campaign, LeagueTable t, boolean full) {
        var date = campaign.getPublishedAt() != null ? LocalDate.ofInstant(campaign.getPublishedAt(), TimeConfig.VIETNAM) : LocalDate.now(clock);
        var ctx = new Context(Locale.forLanguageTag("vi"));
        ctx.setVariable("table", t);
        ctx.setVariable("full", full);
        ctx.setVariable("date", date);
        ctx.setVariable("letterhead", letterheads.of(t.clusterId(), date));
        return pdf.fromHtml(templates.process("campaign/results-pdf", ctx));
    }

    private String rank(LeagueTable.Row r) {
        if (r.rank() == null) return "–";
        return r.shared() ? messages.get("result.sharedRank", r.rank()) : String.valueOf(r.rank());
    }

    static String fileName(LeagueTable t, String ext) {
        return "ket-qua-cham-diem-" + t.year() + "-" + t.clusterCode().toLowerCase(Locale.ROOT) + "." + ext;
    }
}
