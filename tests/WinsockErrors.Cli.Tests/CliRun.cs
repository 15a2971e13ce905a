using System;
using System.IO;
using System.Linq;

namespace WinsockErrors.Cli.Tests;

/// <summary>One in-process run of the tool: its exit code and what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>wsaerr</c> with <paramref name="args"/>, standard input <paramref name="input"/>, 80 columns.</summary>
    public static CliRun Of(params string[] args) => WithInput("", args);

    public static CliRun WithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        using var console = new CliConsole(output, error, reader);
        var exitCode = WsaerrApp.Run(args, console);
        // The tool writes the platform's line breaks; the tests compare text with \n on every OS.
        return new CliRun(exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>The lines of standard error, without the empty one after the last line break.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The first line of standard output.</summary>
    public string FirstLine => Out.Split('\n').First().TrimEnd('\r');

    /// <summary>A path under the test data folder copied next to the tests.</summary>
    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
