/**
 * Cluster meetings (hội nghị): covenant signing, the 6-month review, the 9-month briefing, the year-end summary,
 * extraordinary meetings and VUSTA's national briefing. Agenda, invitations, attendance and quorum, the unions'
 * reports per agenda item, and the minutes (biên bản) generated from the data, edited, then frozen.
 */
package vn.vusta.thidua.meeting;
