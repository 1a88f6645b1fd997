package org.vigie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigie} command: one subcommand per job. */
@Command(name = "vigie", mixinStandardHelpOptions = true, version = "vigie 0.1.0",
    description = "Turns news articles into structured political event data (French and English).",
    subcommands = {ExtractCommand.class, NerEvalCommand.class, BenchCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Examples:", "  vigie extract --published 2023-12-12 article.txt",
        "  vigie extract --format text ../shared/examples/fr-iranpress-gaza-veto.txt",
        "  vigie extract -o out.jsonl articles/", "  vigie ner-eval --lang fr --limit 500"})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (0 ok, 1 a document or run failed, 2 usage). */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      // Operator errors (a missing model, an unreadable corpus) get one line, not a stack trace.
      cmd.getErr().println("vigie: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return 1;
    });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
