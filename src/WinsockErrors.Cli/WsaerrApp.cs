using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using WinsockErrors.Cli.Commands;

namespace WinsockErrors.Cli;

/// <summary>The whole tool behind one call, so tests can run it in process with captured writers.</summary>
internal static class WsaerrApp
{
    /// <summary>Runs <c>wsaerr</c> with <paramref name="args"/>; returns the exit code and never throws.</summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        try
        {
            var root = LookupCommand.Create(console);
            root.Add(SearchCommand.Create(console));
            root.Add(ExplainCommand.Create(console));
            root.Add(ListCommand.Create(console));

            // No @file response files: an argument starting with @ is a query like any other.
            var result = root.Parse(WithoutBrackets(args), new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (result.Errors.Count > 0)
            {
                return Report.Usage(console, result.Errors[0].Message);
            }

            if (UnknownOption(result) is { } unknown)
            {
                return Report.Usage(console, "unknown option '" + unknown + "'");
            }

            if (result.CommandResult.Command != root)
            {
                // The lookup's queries belong to the root command alone: not before a subcommand, nor in its help.
                var queries = root.Arguments[0];
                if (result.GetResult(queries) is { Tokens.Count: > 0 } given)
                {
                    return Report.Usage(console, "'" + given.Tokens[0].Value + "' before '" + result.CommandResult.Command.Name + "': put queries after 'wsaerr' alone");
                }

                queries.Hidden = true;
            }

            return result.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Report.Write(console, exception.Message);
            return ExitCodes.Failed;
        }
    }

    /// <summary>
    /// Strips the brackets of "[WinError 10054]" pasted from a log: the parser would take it for a [directive]
    /// and drop it, and queries ignore brackets anyway.
    /// </summary>
    private static string[] WithoutBrackets(IReadOnlyList<string> args)
    {
        var copy = new string[args.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var arg = args[i];
            copy[i] = arg.Length > 2 && arg[0] == '[' && arg[^1] == ']' ? arg[1..^1] : arg;
        }

        return copy;
    }

    /// <summary>
    /// The first argument that looks like an option but is none (--bogus). The commands take any text as an
    /// argument, so the parser lets it through; negative numbers (-2147014842) and anything after -- stay arguments.
    /// </summary>
    private static string? UnknownOption(ParseResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return null;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-'
                && !WsaErrors.TryParseNumber(token.Value, out _))
            {
                return token.Value;
            }
        }

        return null;
    }
}
