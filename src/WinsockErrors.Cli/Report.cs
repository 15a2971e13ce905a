using System.Text;

namespace WinsockErrors.Cli;

/// <summary>Writes problems to standard error, always as one line starting with <c>wsaerr:</c>.</summary>
internal static class Report
{
    /// <summary>Reports that something was not found; returns <see cref="ExitCodes.NotFound"/>.</summary>
    public static int NotFound(CliConsole console, string message)
    {
        Write(console, message);
        return ExitCodes.NotFound;
    }

    /// <summary>Reports a wrong command line; returns <see cref="ExitCodes.Usage"/>.</summary>
    public static int Usage(CliConsole console, string message)
    {
        Write(console, message + " (see 'wsaerr --help')");
        return ExitCodes.Usage;
    }

    /// <summary>Writes <c>wsaerr: message</c> with every run of white space, line breaks included, made one space.</summary>
    public static void Write(CliConsole console, string message) => console.Error.WriteLine("wsaerr: " + OneLine(message));

    /// <summary>The user's text as an error message quotes it: at most <paramref name="limit"/> characters, then an ellipsis.</summary>
    public static string Quote(string text, int limit = 60) => text.Length <= limit ? text : text[..limit] + "…";

    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
