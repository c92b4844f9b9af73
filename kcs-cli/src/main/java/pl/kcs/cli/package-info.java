/**
 * The {@code kcs} command (picocli): one class per subcommand, listed in {@link
 * pl.kcs.cli.KcsCommand}; shared options in {@link pl.kcs.cli.CommonOptions};
 * input files read by {@link pl.kcs.cli.Inputs}. To add a subcommand, write its class
 * and add it to {@code KcsCommand}'s {@code subcommands}.
 */
package pl.kcs.cli;
