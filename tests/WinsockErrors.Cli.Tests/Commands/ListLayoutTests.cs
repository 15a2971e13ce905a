using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>The table <c>wsaerr list</c> prints: its columns, its wrapping at the console width, and a bad category.</summary>
public class ListLayoutTests
{
    private static readonly int s_nameWidth = WsaErrors.All.Max(e => e.Name.Length);

    /// <summary>Two spaces, the code in 5, two, the hex in 6, two, the name padded, two: then the title.</summary>
    private static readonly int s_titleColumn = 2 + 5 + 2 + 6 + 2 + s_nameWidth + 2;

    [Fact]
    public void Each_row_shows_code_hex_name_and_title_in_fixed_columns()
    {
        var lines = CliRun.Of("list").Out.Split('\n');

        foreach (var entry in WsaErrors.All)
        {
            var row = lines.Single(l => l.StartsWith(FormattableString.Invariant($"  {entry.Code,5}  "), StringComparison.Ordinal));
            row.Substring(9, 6).TrimEnd().Should().Be(entry.ToString("X", null));
            row.Substring(17, s_nameWidth).TrimEnd().Should().Be(entry.Name);
            entry.Title.Should().StartWith(row[s_titleColumn..].TrimEnd(), $"{entry.Name}'s row shows its title from column {s_titleColumn}");
        }
    }

    [Fact]
    public void Long_titles_wrap_within_the_console_width_and_continue_under_the_title_column()
    {
        var lines = CliRun.Of("list").Out.TrimEnd('\n').Split('\n');
        var continuations = lines.Where(l => l.StartsWith(new string(' ', s_titleColumn), StringComparison.Ordinal)).ToList();

        lines.Should().OnlyContain(l => l.Length <= 80);
        continuations.Should().NotBeEmpty("some titles are longer than the space left on an 80-column line");
        continuations.Should().OnlyContain(l => l[s_titleColumn] != ' ');
        var wrapped = WsaErrors.All.First(e => e.Title.Length > 80 - s_titleColumn);
        var at = Array.FindIndex(lines, l => l.Contains(" " + wrapped.Name + " ", StringComparison.Ordinal));
        (lines[at][s_titleColumn..].TrimEnd() + " " + lines[at + 1].Trim()).Should().StartWith(wrapped.Title[..Math.Min(wrapped.Title.Length, 40)]);
    }

    [Fact]
    public void An_unknown_category_is_a_usage_error_that_lists_the_categories()
    {
        var run = CliRun.Of("list", "--category", "nope");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(
            "'nope' is not a category; use " + string.Join(", ", Enum.GetNames<WsaErrorCategory>()));
    }
}
