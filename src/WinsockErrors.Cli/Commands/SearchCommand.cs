using System.CommandLine;
using System.Globalization;
using System.Linq;
using WinsockErrors.Cli.Json;
using WinsockErrors.Cli.Output;
using WinsockErrors.Cli.Search;

namespace WinsockErrors.Cli.Commands;

/// <summary><c>wsaerr search "actively refused"</c>: the entries whose text matches, best first.</summary>
internal static class SearchCommand
{
    private const int DefaultLimit = 10;

    public static Command Create(CliConsole console)
    {
        var words = new Argument<string[]>("text")
        {
            Description = "Words to find in the names, titles, descriptions and system messages.",
            Arity = ArgumentArity.OneOrMore,
        };
        var limit = new Option<int>("--limit", "-n")
        {
            Description = "Show at most this many results; 0 for all.",
            HelpName = "count",
            DefaultValueFactory = _ => DefaultLimit,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    return count;
                }

                result.AddError("--limit takes a count, 0 or more, not '" + text + "'.");
                return DefaultLimit;
            },
        };
        var json = CommonOptions.Json();

        var command = new Command("search", "Finds the entries whose name, title, description or system message contain the words, best match first.")
        {
            words, limit, json,
        };
        command.SetAction(result => Run(console, string.Join(' ', result.GetValue(words) ?? []), result.GetValue(limit), result.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string text, int limit, bool json)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Report.Usage(console, "search needs at least one word");
        }

        var hits = TextSearch.Default.Search(text);
        if (hits.Count == 0)
        {
            if (json)
            {
                console.Out.WriteLine("[]");
            }

            return Report.NotFound(console, "no entry matches '" + Report.Quote(text) + "'");
        }

        var shown = limit == 0 ? hits : hits.Take(limit).ToList();
        if (json)
        {
            var entries = shown.Select(h => EntryJson.From(h.Entry) with { Score = System.Math.Round(h.Score, 2) }).ToList();
            JsonPrinter.Write(console.Out, entries, JsonPrinter.Context.ListEntryJson);
            return ExitCodes.Found;
        }

        foreach (var hit in shown)
        {
            console.Out.WriteLine(hit.Entry.ToString());
            foreach (var line in TextWrapper.Wrap(hit.Entry.Message, console.Width - 4))
            {
                console.Out.WriteLine("    " + line);
            }
        }

        if (shown.Count < hits.Count)
        {
            console.Out.WriteLine($"({hits.Count - shown.Count} more; --limit 0 shows all)");
        }

        return ExitCodes.Found;
    }
}
