package vn.vusta.thidua.document;

import java.time.LocalDate;

/**
 * A date in words as Decree 30/2020/NĐ-CP writes it (Appendix I): a zero before the days below 10 and before the months
 * 1 and 2 only, so "ngày 05 tháng 3 năm 2025", "ngày 15 tháng 02 năm 2025", "ngày 20 tháng 11 năm 2025". The date line of
 * every document's heading and the dates in a document's text follow it.
 */
public final class Decree30Dates {
    private Decree30Dates() {}

    /** The day of the month, with a zero below 10 ("05", "15"). */
    public static String day(int day) { return day < 10 ? "0" + day : String.valueOf(day); }

    /** The month, with a zero for January and February only ("01", "02", "3", "12"). */
    public static String month(int month) { return month < 3 ? "0" + month : String.valueOf(month); }

    /** "ngày 05 tháng 3 năm 2025". */
    public static String words(LocalDate date) {
        return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + date.getYear();
    }
}
