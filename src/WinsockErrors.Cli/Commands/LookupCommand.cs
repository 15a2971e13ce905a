using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using WinsockErrors.Cli.Json;
using WinsockErrors.Cli.Output;

namespace WinsockErrors.Cli.Commands;

/// <summary>The root command: <c>wsaerr 10054 0x80072746 ECONNRESET --errno 111 --os linux</c>.</summary>
internal static class LookupCommand
{
    /// <summary>Creates the root command, which looks up its arguments.</summary>
    public static RootCommand Create(CliConsole console)
    {
        var queries = new Argument<string[]>("query")
        {
            Description = "Codes (10054, 0x2746), HRESULTs (0x80072746, -2147014842), names or aliases in any case (wsaeconnreset, EAI_NONAME, ECONNRESET), or text from a log ('[WinError 10054]', 'errno 111').",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var errno = new Option<int[]>("--errno")
        {
            Description = "A native errno number to look up, read for the OS --os names; repeatable.",
            HelpName = "number",
        };
        var os = CommonOptions.Os();
        var json = CommonOptions.Json();

        var root = new RootCommand("Looks up, searches and explains Windows Sockets (Winsock) error codes.") { queries, errno, os, json };
        root.SetAction(result => Run(
            console,
            result.GetValue(queries) ?? [],
            result.GetValue(errno) ?? [],
            result.GetValue(os) ?? PlatformNames.Default,
            result.GetValue(json)));
        return root;
    }

    private static int Run(CliConsole console, string[] queries, int[] errnos, ErrnoPlatform os, bool json)
    {
        if (queries.Length == 0 && errnos.Length == 0)
        {
            return Report.Usage(console, "nothing to look up; give a code, name or HRESULT, e.g. 'wsaerr 10054'");
        }

        var results = QueryParser.JoinTaggedNumbers(queries).Select(q => QueryParser.Resolve(q, os))
            .Concat(errnos.Select(e => QueryParser.ResolveErrno(e, os)))
            .ToList();

        var found = results.SelectMany(r => r.Entries.Select(e => (r.Query, Entry: e))).ToList();
        if (json)
        {
            WriteJson(console, found, several: results.Count > 1 || found.Count > 1);
        }
        else
        {
            for (var i = 0; i < found.Count; i++)
            {
                if (i > 0)
                {
                    console.Out.WriteLine();
                }

                CardPrinter.Print(console.Out, found[i].Entry, console.Width);
            }
        }

        var status = ExitCodes.Found;
        foreach (var missing in results.Where(r => !r.Found))
        {
            status = Report.NotFound(console, missing.Problem ?? "not found");
        }

        return status;
    }

    private static void WriteJson(CliConsole console, List<(string Query, WsaErrorInfo Entry)> found, bool several)
    {
        var entries = found.ConvertAll(f => EntryJson.From(f.Entry) with { Query = f.Query });
        if (several)
        {
            JsonPrinter.Write(console.Out, entries, JsonPrinter.Context.ListEntryJson);
        }
        else if (entries.Count == 1)
        {
            JsonPrinter.Write(console.Out, entries[0], JsonPrinter.Context.EntryJson);
        }
    }
}
