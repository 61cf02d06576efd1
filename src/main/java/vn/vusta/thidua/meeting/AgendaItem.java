package vn.vusta.thidua.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One item of a meeting's agenda, in order: title, presenter, the conclusion the meeting reached. */
@Entity
@Table(name = "meeting_agenda_item")
class AgendaItem {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "meeting_id") private Meeting meeting;
    private int position;
    private String title;
    private String presenter;
    private String conclusion;
    private boolean collectsReports;

    protected AgendaItem() {}

    AgendaItem(Meeting meeting, int position, String title, String presenter, boolean collectsReports) {
        this.meeting = meeting;
        this.position = position;
        this.title = title;
        this.presenter = presenter;
        this.collectsReports = collectsReports;
    }

    void edit(String title, String presenter, String conclusion) {
        this.title = title;
        this.presenter = presenter;
        this.conclusion = conclusion;
    }

    void moveTo(int position) { this.position = position; }

    Long getId() { return id; }
    int getPosition() { return position; }
    String getTitle() { return title; }
    String getPresenter() { return presenter; }
    String getConclusion() { return conclusion; }
    boolean isCollectsReports() { return collectsReports; }
}
