/**
 * Official documents rendered from data: PDF in the administrative layout of Decree 30/2020/NĐ-CP (national motto
 * block, number and symbol, place and date, Times New Roman with embedded fonts) and XLSX workbooks. Other modules
 * call it; it knows nothing of their data.
 */
package vn.vusta.thidua.document;
