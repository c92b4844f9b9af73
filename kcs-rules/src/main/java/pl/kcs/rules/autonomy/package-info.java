/**
 * Autonomy and mutual aid among the experienced (source 004: MA-GROUP, MA-AUTONOMY,
 * MA-ASSUMPTIONS, MA-ATTITUDES, MA-TERMS, MA-NETWORK, MA-BARRIER).
 *
 * <p>{@link pl.kcs.rules.autonomy.AutonomyAssessment} assesses a group's relation with
 * professionals on the engine of {@link pl.kcs.rules}: who leads its meetings and sets its agenda;
 * professionals whose practices show one of the three threatening attitudes (ambivalent observer,
 * forceful integrator, titled quack) — professionals who belong through their own experience are
 * part of the group; dependence on psychiatric and social-assistance institutions; reciprocity;
 * the place of family members; the words used for people ({@link
 * pl.kcs.rules.autonomy.Terminology}: "the experienced" by default); and contacts with other
 * groups.
 *
 * <p>Messages live in this package's own bundle, {@code
 * pl/kcs/rules/autonomy/messages_pl.properties} and {@code _en}.
 */
@NullMarked
package pl.kcs.rules.autonomy;

import org.jspecify.annotations.NullMarked;
