/**
 * Evaluation of a KCS: measuring what the method does for people, as the source method judges
 * it by its effects (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE, KCS-EFF-TIES, KCS-EFF-SELFRUN,
 * KCS-EFF-INDEPENDENT).
 *
 * <p>This package holds what is collected: a {@link pl.kcs.evaluation.SurveyResponse} of one
 * pseudonymous {@link pl.kcs.evaluation.RespondentId respondent} in one {@link
 * pl.kcs.evaluation.Wave wave} (validated loneliness scales from {@code instrument} and {@link
 * pl.kcs.evaluation.SeedQuestion kcs's questions} on the effects the pilot reports — worded by
 * kcs, not taken from the method), an {@link
 * pl.kcs.evaluation.EvaluationSurvey} of many, the {@link pl.kcs.evaluation.GroupOutcome outcomes
 * of the groups} over time, and the {@link pl.kcs.evaluation.PilotResult pilot's published
 * results} that an evaluation — or a simulation — is compared with. Scoring lives in {@code
 * instrument}, intervals in {@code stats}, and pre/post comparison and the privacy-preserving
 * report in {@code report}.
 *
 * <p>Answers are special-category data about vulnerable people: no {@code toString()} here prints
 * a respondent id or an answer.
 */
@KcsStyle
@NullMarked
package pl.kcs.evaluation;

import org.jspecify.annotations.NullMarked;
import pl.kcs.core.KcsStyle;
