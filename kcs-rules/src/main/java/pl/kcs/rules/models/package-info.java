/**
 * Operating-model selection (KCS-S3, KCS-M1 … KCS-M4): which of the four models fit a self-help
 * group, given what the institution can offer — never forced to one, since the models overlap.
 *
 * <p>{@link pl.kcs.rules.models.ModelSelection#recommend(pl.kcs.core.group.SelfHelpGroup,
 * pl.kcs.core.host.InstitutionOffer)} evaluates the built-in model rules on the engine of {@link
 * pl.kcs.rules} and answers with a {@link pl.kcs.rules.models.ModelRecommendation}: every model
 * with its {@link pl.kcs.rules.models.ModelScore score}, the reasons (rule outcomes citing fact
 * IDs), the forms of support that apply, and for a model that does not fit, what is missing.
 * {@link pl.kcs.rules.models.ModelSelection#plan(pl.kcs.core.stage.KcsImplementation,
 * pl.kcs.core.host.InstitutionOffer)} does it for every group of an implementation and says which
 * models the KCS as a whole runs and what that asks of the institution.
 *
 * <p>The rules' messages live in this package's own bundle, {@code
 * pl/kcs/rules/models/messages_pl.properties} and {@code _en}.
 */
@NullMarked
package pl.kcs.rules.models;

import org.jspecify.annotations.NullMarked;
