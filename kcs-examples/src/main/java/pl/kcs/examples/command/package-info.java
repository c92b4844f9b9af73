/**
 * The {@code kcs} command (picocli): one class per subcommand, listed in {@link
 * pl.kcs.examples.command.KcsCommand}; shared options in {@link pl.kcs.examples.command.CommonOptions};
 * input files read by {@link pl.kcs.examples.command.Inputs}. To add a subcommand, write its class
 * and add it to {@code KcsCommand}'s {@code subcommands}.
 */
package pl.kcs.examples.command;
