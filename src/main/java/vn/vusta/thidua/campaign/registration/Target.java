package vn.vusta.thidua.campaign.registration;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One registered target (chỉ tiêu) of a registration. */
@Entity
@Table(name = "registration_target")
public class Target {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "registration_id") private Registration registration;
    private int position;
    private Long criterionId;
    private String indicator;
    private String unitOfMeasure;
    private BigDecimal targetValue;

    protected Target() {}

    Target(Registration registration, int position, TargetSpec spec) {
        this.registration = registration;
        this.position = position;
        this.criterionId = spec.criterionId();
        this.indicator = spec.indicator().strip();
        this.unitOfMeasure = spec.unitOfMeasure().strip();
        this.targetValue = spec.targetValue();
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public Long getCriterionId() { return criterionId; }
    public String getIndicator() { return indicator; }
    public String getUnitOfMeasure() { return unitOfMeasure; }
    public BigDecimal getTargetValue() { return targetValue; }
}
