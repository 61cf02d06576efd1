package vn.vusta.thidua.campaign.sheet;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/** Points as a Vietnamese page writes them: "100", "2,5", "0,25" (decimal comma, no trailing zeros). */
@Component("sheetPoints")
public class SheetPoints {
    public String of(BigDecimal points) {
        if (points == null) return "";
        var plain = points.stripTrailingZeros();
        if (plain.scale() < 0) plain = plain.setScale(0);
        return plain.toPlainString().replace('.', ',');
    }
}
