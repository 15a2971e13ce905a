using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using WinsockErrors.Cli.Explain;

namespace WinsockErrors.Cli.Commands;

/// <summary><c>wsaerr explain app.log</c> or <c>... | wsaerr explain</c>: the errors a log mentions, by line, and what they mean.</summary>
internal static class ExplainCommand
{
    private const string StandardInput = "-";

    /// <summary>Large reads keep a big log streaming at disk speed.</summary>
    private const int ReadBufferSize = 1 << 20;

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("file")
        {
            Description = "Files to read; none or '-' reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var os = CommonOptions.Os();
        var json = CommonOptions.Json();

        var command = new Command("explain", "Finds every Winsock code, name, HRESULT or system message in a log and explains each.")
        {
            files, os, json,
        };
        command.SetAction(result => Run(console, result.GetValue(files) ?? [], result.GetValue(os) ?? PlatformNames.Default, result.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string[] files, ErrnoPlatform os, bool json)
    {
        if (files.Length == 0 && console.InputIsTerminal)
        {
            return Report.Usage(console, "explain reads a log: pipe one in or name the file");
        }

        var sources = files.Length == 0 ? [StandardInput] : files;
        foreach (var file in sources.Where(s => s != StandardInput))
        {
            if (Unreadable(file) is { } reason)
            {
                return Report.Usage(console, "cannot read '" + file + "': " + reason);
            }
        }

        IExplainWriter writer = json ? new ExplainJsonWriter(console.Out) : new ExplainReport(console.Out, console.Width, showSource: sources.Length > 1);
        using var owned = writer as IDisposable;
        var tally = new ErrorTally();
        foreach (var source in sources)
        {
            foreach (var mention in Scan(console, source, os))
            {
                writer.Mention(mention);
                tally.Add(mention);
            }
        }

        writer.Finish(tally);
        return tally.IsEmpty ? Report.NotFound(console, "no Winsock error found in the input") : ExitCodes.Found;
    }

    /// <summary>Why a file cannot be opened (missing, a directory, no permission), or <see langword="null"/>.</summary>
    private static string? Unreadable(string file)
    {
        if (!File.Exists(file))
        {
            return Directory.Exists(file) ? "a directory, not a file" : "no such file";
        }

        try
        {
            using var stream = File.OpenRead(file);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return exception.Message;
        }
    }

    private static IEnumerable<LogMention> Scan(CliConsole console, string source, ErrnoPlatform os)
    {
        // An unbuffered file under a reader with one large buffer: each read of the disk goes straight to the decoder.
        using var owned = source == StandardInput
            ? null
            : new StreamReader(new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, ReadBufferSize);
        foreach (var mention in LogScanner.Read(owned ?? console.In, source, os))
        {
            yield return mention;
        }
    }
}
