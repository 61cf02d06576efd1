package vn.vusta.thidua.campaign.registration;

import java.math.BigDecimal;

import vn.vusta.thidua.common.BusinessRuleException;

/** One registered target as entered: indicator, unit of measure, target value, and the criterion it is scored by. */
public record TargetSpec(Long criterionId, String indicator, String unitOfMeasure, BigDecimal targetValue) {
    public TargetSpec {
        if (indicator == null || indicator.isBlank() || unitOfMeasure == null || unitOfMeasure.isBlank())
            throw new BusinessRuleException("registration.target.incomplete");
        if (targetValue == null || targetValue.signum() < 0) throw new BusinessRuleException("registration.target.value", indicator);
    }
}
