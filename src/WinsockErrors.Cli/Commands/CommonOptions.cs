using System.CommandLine;
using System.Linq;

namespace WinsockErrors.Cli.Commands;

/// <summary>The options several commands share; each command gets its own instances.</summary>
internal static class CommonOptions
{
    /// <summary><c>--json</c>: machine-readable output.</summary>
    public static Option<bool> Json() => new("--json")
    {
        Description = "Write JSON instead of text.",
    };

    /// <summary><c>--os</c>: whose errno numbers to read; <see langword="null"/> when not given (see <see cref="PlatformNames.Default"/>).</summary>
    public static Option<ErrnoPlatform?> Os() => new("--os")
    {
        Description = "The OS whose errno numbers to read: " + OsNames + " (default: this OS, Linux on Windows).",
        HelpName = "os",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
            if (ErrnoPlatforms.TryParse(text, out var platform))
            {
                return platform;
            }

            result.AddError("'" + text + "' is not an OS for --os; use " + OsNames + ".");
            return null;
        },
    };

    /// <summary>The values of <c>--os</c>, in the order help lists them: the library's platform names.</summary>
    private static string OsNames => string.Join(", ", ErrnoPlatforms.All.Select(p => p.GetName()));
}
