using System;
using System.Collections.Generic;
using System.IO;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// Reads a log in large blocks and yields only the lines that hold a trigger, with their numbers: one vectorised search
/// runs over a whole block, so the many lines that name nothing are neither split out nor copied. Lines end as
/// <see cref="TextReader.ReadLine"/> ends them: at "\n", "\r" or "\r\n".
/// </summary>
internal static class CandidateLines
{
    /// <summary>The characters read at once; a longer line grows the buffer.</summary>
    public const int BlockSize = 1 << 20;

    /// <summary>The lines of <paramref name="reader"/> that <paramref name="filter"/> lets through, numbered from 1.</summary>
    public static IEnumerable<(int Number, string Text)> Read(TextReader reader, LineFilter filter, int blockSize = BlockSize)
    {
        var buffer = new char[blockSize];
        var length = 0;
        var linesBefore = 0;
        var ended = false;
        while (!ended)
        {
            var read = reader.Read(buffer, length, buffer.Length - length);
            ended = read == 0;
            length += read;
            var complete = CompleteLength(buffer.AsSpan(0, length), ended);
            if (complete == 0 && !ended)
            {
                // No whole line yet: a line longer than the buffer.
                Array.Resize(ref buffer, buffer.Length * 2);
                continue;
            }

            var position = 0;
            while (position < complete)
            {
                var block = buffer.AsSpan(0, complete);
                var at = filter.IndexIn(block[position..]);
                if (at < 0)
                {
                    linesBefore += CountBreaks(block[position..]);
                    break;
                }

                var trigger = position + at;
                var start = block[..trigger].LastIndexOfAny('\r', '\n') + 1;
                linesBefore += CountBreaks(block[position..start]);
                var endAt = block[trigger..].IndexOfAny('\r', '\n');
                var end = endAt < 0 ? complete : trigger + endAt;
                linesBefore++;
                yield return (linesBefore, new string(buffer, start, end - start));
                position = end < complete && buffer[end] == '\r' && end + 1 < complete && buffer[end + 1] == '\n' ? end + 2 : end + 1;
            }

            Array.Copy(buffer, complete, buffer, 0, length - complete);
            length -= complete;
        }
    }

    /// <summary>
    /// How much of <paramref name="text"/> is whole lines: up to the last line break, except a "\r" at the very end,
    /// whose "\n" may still come; at the end of the input, everything.
    /// </summary>
    private static int CompleteLength(ReadOnlySpan<char> text, bool ended)
    {
        if (ended)
        {
            return text.Length;
        }

        var last = text.LastIndexOfAny('\r', '\n');
        if (last == text.Length - 1 && text[last] == '\r')
        {
            last = text[..last].LastIndexOfAny('\r', '\n');
        }

        return last + 1;
    }

    /// <summary>The line breaks in <paramref name="text"/>, "\r\n" counting once.</summary>
    private static int CountBreaks(ReadOnlySpan<char> text)
    {
        var count = text.Count('\n');
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOf('\r');
            if (at < 0)
            {
                break;
            }

            var index = offset + at;
            if (index + 1 >= text.Length || text[index + 1] != '\n')
            {
                count++;
            }

            offset = index + 1;
        }

        return count;
    }
}
