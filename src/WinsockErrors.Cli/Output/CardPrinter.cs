using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace WinsockErrors.Cli.Output;

/// <summary>Prints an entry as a card for people: every field on its own labelled line, long text wrapped.</summary>
internal static class CardPrinter
{
    private const string Indent = "  ";
    private const int LabelWidth = 13;

    /// <summary>Writes the card of <paramref name="entry"/>, wrapped to <paramref name="width"/> columns.</summary>
    public static void Print(TextWriter output, WsaErrorInfo entry, int width)
    {
        // The first line is the library's one-line form, the same text Describe() logs.
        output.WriteLine(entry.ToString());
        Field(output, width, "Code", string.Format(CultureInfo.InvariantCulture, "{0:D} ({0:X})", entry));
        Field(output, width, "Message", entry.Message);
        Field(output, width, "Description", entry.Description);
        Field(output, width, "HRESULT", string.Format(CultureInfo.InvariantCulture, "{0:H} ({1})", entry, entry.HResult));
        Field(output, width, "Category", entry.Category.ToString());
        Field(output, width, "SocketError", entry.SocketError?.ToString() ?? "none in .NET");
        Field(output, width, "errno", entry.Errno.Count == 0 ? "none" : string.Join('\n', ErrnoLines(entry)));
        Field(output, width, "Aliases", entry.Aliases.Count == 0 ? "none" : string.Join(", ", entry.Aliases));
        Field(output, width, "Retry", RetryWords(entry.RetryAdvice) + ": " + entry.RetryReason);
        Field(output, width, "Timeout", entry.IsTimeout ? "yes" : string.Empty);
        Field(output, width, "error.type", entry.ErrorType);
    }

    /// <summary>One line per errno: <c>ECONNRESET: Linux 104, macOS 54, FreeBSD 54, Windows CRT 108</c>.</summary>
    public static IEnumerable<string> ErrnoLines(WsaErrorInfo entry)
    {
        foreach (var errno in entry.Errno)
        {
            var line = new StringBuilder(errno.Name).Append(':');
            var first = true;
            foreach (var platform in ErrnoPlatforms.All)
            {
                if (errno.On(platform) is { } number)
                {
                    line.Append(first ? " " : ", ").Append(platform.GetDisplayName()).Append(' ')
                        .Append(number.ToString(CultureInfo.InvariantCulture));
                    first = false;
                }
            }

            yield return errno.IsWinsockPair ? line.ToString() : line.Append(" (.NET maps it here)").ToString();
        }
    }

    /// <summary>The advice in words: what the user may do.</summary>
    private static string RetryWords(WsaRetryAdvice advice) => advice switch
    {
        WsaRetryAdvice.Safe => "safe, even for work that is not idempotent",
        WsaRetryAdvice.IfIdempotent => "only idempotent work",
        WsaRetryAdvice.AfterDelay => "after a delay",
        _ => "never",
    };

    /// <summary>Writes a labelled value; lines in the value stay lines, each wrapped under the value column.</summary>
    private static void Field(TextWriter output, int width, string label, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        var prefix = Indent + label.PadRight(LabelWidth);
        var hanging = new string(' ', prefix.Length);
        var first = true;
        foreach (var paragraph in value.Split('\n'))
        {
            foreach (var line in TextWrapper.Wrap(paragraph, Math.Max(width - prefix.Length, 20)))
            {
                output.Write(first ? prefix : hanging);
                output.WriteLine(line);
                first = false;
            }
        }
    }
}
