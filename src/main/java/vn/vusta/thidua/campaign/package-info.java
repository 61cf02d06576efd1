/**
 * The yearly emulation cycle: campaigns (đợt thi đua) with their deadlines, the scoring sheets they use (criteria
 * trees, {@code sheet}), and each member unit's score sheet from self-assessment through review and explanation to
 * the published result ({@code assessment}). Registrations, the covenant and the ranking build on these.
 */
package vn.vusta.thidua.campaign;
