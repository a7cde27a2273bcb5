/**
 * Culture buddies ("kulturvenn"): programmes run by a municipality's coordinator or an
 * approved organisation, enrolment of newcomers and locals, matching rounds whose
 * assignment is the exact optimum of visible weights under hard constraints (min-cost
 * flow, OR-Tools), both sides' consent before names and contact points are shown, and
 * follow-up check-ins. The rules (constraints, scores, reasons, consent, the follow-up
 * schedule) are plain domain types here; {@code internal} holds documents, the solver
 * adapter, pages and API. Depends on {@code accounts}, {@code organisations},
 * {@code municipalities}, {@code notifications} and {@code shared}.
 */
package no.hverdag.buddies;
