using System;
using System.IO;
using System.Text;

namespace WinsockErrors.Cli;

/// <summary>Where the tool reads and writes, so tests can run it in process with captured writers.</summary>
internal sealed class CliConsole : IDisposable
{
    /// <summary>The width text is wrapped to when standard output is not a terminal.</summary>
    public const int DefaultWidth = 80;

    private const int MinimumWidth = 40;

    public CliConsole(TextWriter output, TextWriter error, TextReader input, int width = DefaultWidth, bool inputIsTerminal = false)
    {
        Out = output;
        Error = error;
        In = input;
        Width = Math.Max(width, MinimumWidth);
        InputIsTerminal = inputIsTerminal;
    }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard input.</summary>
    public TextReader In { get; }

    /// <summary>The column count to wrap long text at.</summary>
    public int Width { get; }

    /// <summary>Whether standard input is a terminal rather than a pipe or file.</summary>
    public bool InputIsTerminal { get; }

    // Stryker disable all : only a real process reaches the system console (ProgramTests runs one), and
    // Stryker's in-process mutant switch does not reach into that process
    /// <summary>The process's console, with standard output buffered until <see cref="Dispose"/>.</summary>
    public static CliConsole FromSystem()
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var output = new StreamWriter(Console.OpenStandardOutput(), encoding) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), encoding) { AutoFlush = true };
        return new CliConsole(output, error, Console.In, TerminalWidth(), !Console.IsInputRedirected);
    }

    // Stryker restore all

    /// <summary>Flushes standard output; a reader that went away (<c>wsaerr list | head</c>) is not an error.</summary>
    public void Dispose()
    {
        try
        {
            Out.Flush();
        }
        catch (IOException)
        {
        }
    }

    // Stryker disable all : the console's width, as FromSystem above: only a real process reaches it
    private static int TerminalWidth()
    {
        if (Console.IsOutputRedirected)
        {
            return DefaultWidth;
        }

        try
        {
            var width = Console.WindowWidth;
            return width > 0 ? width : DefaultWidth;
        }
        catch (IOException)
        {
            return DefaultWidth;
        }
    }
    // Stryker restore all
}
