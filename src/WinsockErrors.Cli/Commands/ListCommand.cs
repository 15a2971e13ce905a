using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using WinsockErrors.Cli.Json;
using WinsockErrors.Cli.Output;

namespace WinsockErrors.Cli.Commands;

/// <summary><c>wsaerr list [--category NameResolution]</c>: the whole table, by category.</summary>
internal static class ListCommand
{
    private static readonly WsaErrorCategory[] s_categories = [.. WsaErrors.All.Select(e => e.Category).Distinct()];

    public static Command Create(CliConsole console)
    {
        var category = new Option<WsaErrorCategory?>("--category", "-c")
        {
            Description = "Only this category: " + string.Join(", ", s_categories) + ".",
            HelpName = "name",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
                if (TryParseCategory(text, out var value))
                {
                    return value;
                }

                result.AddError("'" + text + "' is not a category; use " + string.Join(", ", s_categories) + ".");
                return null;
            },
        };
        var json = CommonOptions.Json();

        var command = new Command("list", "Prints every known code, or those of one category.") { category, json };
        command.SetAction(result => Run(console, result.GetValue(category), result.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, WsaErrorCategory? category, bool json)
    {
        var entries = WsaErrors.All.Where(e => category is null || e.Category == category).ToList();
        if (json)
        {
            JsonPrinter.Write(console.Out, entries.ConvertAll(EntryJson.From), JsonPrinter.Context.ListEntryJson);
            return ExitCodes.Found;
        }

        var nameWidth = entries.Max(e => e.Name.Length);
        var titleColumn = 2 + 5 + 2 + 6 + 2 + nameWidth + 2;
        foreach (var group in entries.GroupBy(e => e.Category))
        {
            console.Out.WriteLine(group.Key.ToString());
            foreach (var entry in group)
            {
                var lines = TextWrapper.Wrap(entry.Title, Math.Max(console.Width - titleColumn, 20));
                console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,5}  {1,-6}  {2}  {3}", entry.Code, entry.ToString("X", CultureInfo.InvariantCulture), entry.Name.PadRight(nameWidth), lines[0]));
                foreach (var more in lines.Skip(1))
                {
                    console.Out.WriteLine(new string(' ', titleColumn) + more);
                }
            }
        }

        return ExitCodes.Found;
    }

    /// <summary>Reads a category name ignoring case, dashes and underscores (name-resolution, NAME_RESOLUTION).</summary>
    private static bool TryParseCategory(string text, out WsaErrorCategory category)
    {
        var wanted = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        foreach (var candidate in s_categories)
        {
            if (string.Equals(candidate.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                category = candidate;
                return true;
            }
        }

        category = default;
        return false;
    }
}
