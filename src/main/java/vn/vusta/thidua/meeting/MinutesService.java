package vn.vusta.thidua.meeting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.cluster.ClusterLetterheads;
import vn.vusta.thidua.cluster.Letterhead;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.document.Decree30Dates;
import vn.vusta.thidua.document.DocxWriter;
import vn.vusta.thidua.document.PdfRenderer;
import vn.vusta.thidua.identity.ActorContext;

/**
 * The minutes of a meeting: generated from the data (attendance, agenda, conclusions, ballots), edited by the
 * secretary, finalised (frozen with its PDF, audited with the PDF's SHA-256). PDF in the Decree 30 layout through
 * {@link PdfRenderer}, DOCX through {@link DocxWriter}.
 */
@Service
class MinutesService {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private final Minutes minutes;
    private final Meetings meetings;
    private final MeetingQueries queries;
    private final MeetingAuthority authority;
    private final MeetingBallots ballots;
    private final ActorContext actors;
    private final AuditTrail audit;
    private final PdfRenderer pdf;
    private final ClusterLetterheads letterheads;
    private final MessageSource messageSource;
    private final Clock clock;

    MinutesService(Minutes minutes, Meetings meetings, MeetingQueries queries, MeetingAuthority authority, MeetingBallots ballots,
                   ActorContext actors, AuditTrail audit, PdfRenderer pdf, ClusterLetterheads letterheads, MessageSource messageSource,
                   Clock clock) {
        this.letterheads = letterheads;
        this.messageSource = messageSource;
        this.minutes = minutes;
        this.meetings = meetings;
        this.queries = queries;
        this.authority = authority;
        this.ballots = ballots;
        this.actors = actors;
        this.audit = audit;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * Writes the text from the data, at the version the page showed. Again over edited text only with
     * {@code replaceEdits} (the page asks first); the replaced text stays as the previous version and in the audit
     * entry. Finalised minutes are never written again.
     */
    @Transactional
    void generate(long meetingId, Long version, boolean replaceEdits) {
        requireManager(meetingId);
        var body = MinutesText.of(queries.view(meetingId), ballots.linesFor(meetingId));
        var existing = minutes.findById(meetingId);
        Map<String, Object> before = null;
        if (existing.isPresent()) {
            var m = existing.get();
            ConcurrentEditException.check(m.getVersion(), version);
            before = Map.of("body", m.getBody());
            m.regenerate(body, Instant.now(clock), replaceEdits);
            minutes.saveAndFlush(m);
        } else {
            minutes.saveAndFlush(new MeetingMinutes(meetingId, body, Instant.now(clock)));
        }
        audit.record("MEETING_MINUTES_GENERATED", "meeting", meetingId, before == null ? "Lập biên bản hội nghị từ dữ liệu"
                : "Lập lại biên bản hội nghị từ dữ liệu (bản trước được giữ lại)", before, Map.of("body", body, "length", body.length()));
    }

    @Transactional
    void edit(long meetingId, Long version, String body) {
        requireManager(meetingId);
        var m = minutes.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        ConcurrentEditException.check(m.getVersion(), version);
        var before = m.getBody();
        m.edit(body);
        minutes.saveAndFlush(m);
        audit.record("MEETING_MINUTES_EDITED", "meeting", meetingId, "Sửa biên bản hội nghị", Map.of("body", before), Map.of("body", m.getBody()));
    }

    /** Swaps the current text for the one kept from before (at the version the page showed); audited with both texts. */
    @Transactional
    void restorePrevious(long meetingId, Long version) {
        requireManager(meetingId);
        var m = minutes.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        ConcurrentEditException.check(m.getVersion(), version);
        var before = m.getBody();
        m.restorePrevious(Instant.now(clock));
        minutes.saveAndFlush(m);
        audit.record("MEETING_MINUTES_RESTORED", "meeting", meetingId, "Khôi phục bản trước của biên bản hội nghị (bản đang có được giữ làm bản trước)",
                Map.of("body", before), Map.of("body", m.getBody()));
    }

    @Transactional
    void finalise(long meetingId, Long version) {
        requireManager(meetingId);
        var m = minutes.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        ConcurrentEditException.check(m.getVersion(), version);
        if (m.isFinalised()) throw new BusinessRuleException("meeting.minutes.frozen");
        var bytes = render(meetingId, m.getBody(), false);
        m.finalise(actors.current().username(), Instant.now(clock), bytes);
        minutes.saveAndFlush(m);
        var after = new LinkedHashMap<String, Object>();
        after.put("sha256", sha256(bytes));
        after.put("bytes", bytes.length);
        audit.record("MEETING_MINUTES_FINALISED", "meeting", meetingId, "Chốt biên bản hội nghị (không sửa được nữa)", null, after);
    }

    @Transactional(readOnly = true)
    long version(long meetingId) { return minutes.findById(meetingId).map(MeetingMinutes::getVersion).orElse(0L); }

    /** The frozen PDF once finalised; before that a draft rendered from the current text. */
    @Transactional(readOnly = true)
    byte[] pdf(long meetingId) {
        var m = minutes.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        return m.isFinalised() ? m.getPdf() : render(meetingId, m.getBody(), true);
    }

    @Transactional(readOnly = true)
    byte[] docx(long meetingId) {
        var m = minutes.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        var v = queries.view(meetingId);
        var date = v.startsAt().toLocalDate();
        var head = letterhead(v, date);
        // the heading of the PDF (document/decree30), from the same messages: the parent body, then the issuer in bold
        var parent = head.parent() != null ? head.parent() : text("document.decree30.org");
        var dateLine = text("document.decree30.date", head.place(), Decree30Dates.day(date.getDayOfMonth()),
                Decree30Dates.month(date.getMonthValue()), date.getYear());
        var writer = new DocxWriter().header(parent, head.issuer(), text("document.decree30.nation"), text("document.decree30.motto"), dateLine)
                .title(m.isFinalised() ? "BIÊN BẢN" : "BIÊN BẢN (DỰ THẢO)").subtitle(v.title().toUpperCase(VIETNAMESE));
        for (var line : m.getBody().split("\n")) {
            if (MinutesText.heading(line)) writer.heading(line);
            else if (!line.isBlank()) writer.paragraph(line.strip());
        }
        return writer.signatures(List.of(new DocxWriter.Signature("THƯ KÝ", v.secretaryName()), new DocxWriter.Signature("CHỦ TRÌ", v.chairName())))
                .toBytes();
    }

    private byte[] render(long meetingId, String body, boolean draft) {
        var v = queries.view(meetingId);
        var date = v.startsAt().toLocalDate();
        var head = letterhead(v, date);
        var vars = new java.util.HashMap<String, Object>();
        vars.put("m", v);
        vars.put("letterhead", head);
        vars.put("date", date);
        vars.put("lines", body.lines().filter(l -> !l.isBlank()).map(l -> new Line(l.strip(), MinutesText.heading(l.strip()))).toList());
        vars.put("draft", draft);
        return pdf.render("meeting/minutes-pdf", vars, VIETNAMESE);
    }

    /** A line of the minutes in the PDF: a heading or a paragraph. */
    record Line(String text, boolean heading) {}

    /**
     * A cluster's meeting issues under the cluster's letterhead (a union's internal cluster: under the union); VUSTA's own
     * under its office. Its place (địa danh of the date line) is the letterhead's, as on the cluster's other documents: the
     * venue is free text ("Hội trường A, số 53 Nguyễn Du") and stays in the body, never guessed into a province.
     */
    private Letterhead letterhead(MeetingQueries.View v, java.time.LocalDate date) {
        return v.cluster() != null ? letterheads.of(v.cluster(), date) : Letterhead.vusta("VĂN PHÒNG");
    }

    private String text(String key, Object... args) { return messageSource.getMessage(key, args, VIETNAMESE); }

    private void requireManager(long meetingId) {
        var meeting = meetings.withInvitations(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        if (!authority.mayManage(actors.current(), meeting)) throw new AccessDeniedException("may not keep these minutes");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
