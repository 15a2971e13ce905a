using Microsoft.CodeAnalysis;

namespace WinsockErrors.Analyzers;

/// <summary>The descriptors of the five rules.</summary>
internal static class Rules
{
    private const string Portability = "Portability";
    private const string Readability = "Readability";

    internal static readonly DiagnosticDescriptor ErrorCodeComparison = new(
        RuleIds.ErrorCodeComparison,
        title: "SocketException.ErrorCode compared with a Winsock code or an errno",
        messageFormat: "'{0}' holds the Winsock code on Windows and the platform's errno on Linux and macOS, so comparing it with {1} works on one OS only; compare 'SocketErrorCode' or 'ToWsaError()' instead",
        Portability,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "On Linux and macOS SocketException.ErrorCode and NativeErrorCode hold the errno (104 for a reset connection on Linux, 54 on macOS), not the Winsock code (10054), so a comparison with either number is right on one OS only. SocketErrorCode is the same on every OS.",
        helpLinkUri: HelpLinks.For(RuleIds.ErrorCodeComparison));

    internal static readonly DiagnosticDescriptor ErrorCodeCast = new(
        RuleIds.ErrorCodeCast,
        title: "SocketException.ErrorCode cast to SocketError, WsaError or an enum of Winsock codes",
        messageFormat: "Casting '{0}' to '{1}' gives an errno on Linux and macOS, not a Winsock code; use '{2}'",
        Portability,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "On Linux and macOS SocketException.ErrorCode and NativeErrorCode hold the errno, so the cast gives a wrong or undefined enum value. SocketErrorCode and ToWsaError() are right on every OS.",
        helpLinkUri: HelpLinks.For(RuleIds.ErrorCodeCast));

    internal static readonly DiagnosticDescriptor ErrorCodeArgument = new(
        RuleIds.ErrorCodeArgument,
        title: "Pass the SocketException, not its ErrorCode",
        messageFormat: "'WsaErrors.{0}' is exact on every OS when given the exception; '{1}' is only an errno on Linux and macOS",
        Portability,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The int overloads guess at errno numbers on Linux and macOS and some are ambiguous; the SocketException overloads read SocketErrorCode and are exact.",
        helpLinkUri: HelpLinks.For(RuleIds.ErrorCodeArgument));

    internal static readonly DiagnosticDescriptor WinsockNumber = new(
        RuleIds.WinsockNumber,
        title: "Name the Winsock code",
        messageFormat: "{0} is 'WsaError.{1}'; write the name",
        Readability,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A named WsaError member says which error is meant and is checked by the compiler; a bare number is neither.",
        helpLinkUri: HelpLinks.For(RuleIds.WinsockNumber));

    internal static readonly DiagnosticDescriptor MessageText = new(
        RuleIds.MessageText,
        title: "Exception message compared with a socket error's text",
        messageFormat: "\"{0}\" is the OS's text for {1}: Windows words it otherwise than Linux and macOS, and translates it into the user's language; compare {2} instead",
        Portability,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A socket error's message is the operating system's text: Windows' localized system message, or strerror on Linux and macOS. A check of Message against it fails on another OS or in another language. The error code is the same everywhere.",
        helpLinkUri: HelpLinks.For(RuleIds.MessageText));
}
