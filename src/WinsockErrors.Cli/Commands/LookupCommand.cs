using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
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
            CustomParser = ParseErrnoNumbers,
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
        if ((queries.Length == 0 && errnos.Length == 0) || queries.Any(QueryParser.IsBlank))
        {
            return Report.Usage(console, (queries.Length == 0 ? "nothing to look up" : "an empty query") + "; give a code, name or HRESULT, e.g. 'wsaerr 10054'");
        }

        var results = QueryParser.JoinTaggedNumbers(queries).Select(q => QueryParser.Resolve(q, os))
            .Concat(errnos.Select(e => QueryParser.ResolveErrno(e, os)))
            .ToList();

        if (json)
        {
            WriteJson(console, results);
        }
        else
        {
            var found = results.SelectMany(r => r.Entries).ToList();
            for (var i = 0; i < found.Count; i++)
            {
                if (i > 0)
                {
                    console.Out.WriteLine();
                }

                CardPrinter.Print(console.Out, found[i], console.Width);
            }
        }

        var status = ExitCodes.Found;
        foreach (var missing in results.Where(r => !r.Found))
        {
            status = Report.NotFound(console, missing.Problem ?? "not found");
        }

        return status;
    }

    /// <summary>One object per entry found and per query that missed, in query order; an array unless there is only one.</summary>
    private static void WriteJson(CliConsole console, List<LookupResult> results)
    {
        var items = new List<JsonElement>();
        foreach (var result in results)
        {
            if (!result.Found)
            {
                items.Add(JsonSerializer.SerializeToElement(new MissJson { Query = result.Query, Error = result.Problem ?? "not found" }, JsonPrinter.Context.MissJson));
            }

            foreach (var entry in result.Entries)
            {
                items.Add(JsonSerializer.SerializeToElement(EntryJson.From(entry) with { Query = result.Query }, JsonPrinter.Context.EntryJson));
            }
        }

        if (items.Count == 1)
        {
            JsonPrinter.Write(console.Out, items[0], JsonPrinter.Context.JsonElement);
        }
        else
        {
            JsonPrinter.Write(console.Out, items, JsonPrinter.Context.ListJsonElement);
        }
    }

    /// <summary>Reads the numbers after <c>--errno</c> with the library's number rule, in the tool's own words when one is not a number.</summary>
    private static int[] ParseErrnoNumbers(ArgumentResult result)
    {
        var numbers = new int[result.Tokens.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            var text = result.Tokens[i].Value;
            if (!WsaErrors.TryParseNumber(text, out numbers[i]))
            {
                result.AddError("--errno takes an errno number such as 111, not '" + Report.Quote(text) + "'.");
                return [];
            }
        }

        return numbers;
    }
}
