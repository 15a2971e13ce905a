using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;

#if AWESOME_ASSERTIONS
namespace WinsockErrors.AwesomeAssertions;
#else
namespace WinsockErrors.FluentAssertions;
#endif

/// <summary>How failure messages name what was found.</summary>
internal static class Wording
{
    /// <summary>
    /// Makes text safe to splice into a failure message of the assertion library, which goes through <c>string.Format</c>:
    /// an exception message may hold braces.
    /// </summary>
    public static string Escape(string text) => text.Replace("{", "{{").Replace("}", "}}");

    /// <summary><c>System.InvalidOperationException with message "Boom"</c>.</summary>
    public static string Exception(Exception exception) =>
        exception.GetType().FullName + " with message \"" + exception.Message + "\"";

    /// <summary><c>WSAETIMEDOUT (10060: Connection timed out)</c>, or what is known of an exception no entry explains.</summary>
    public static string SocketException(SocketException exception, WsaErrorExpectation expected) =>
        WsaErrors.Find(exception) is { } info
            ? expected.DescribeActual(info)
            : "a SocketException with unknown error code " + exception.NativeErrorCode;

    /// <summary>
    /// An exception by the socket errors it carries: <c>WSAETIMEDOUT (…)</c> for a bare SocketException,
    /// <c>System.IO.IOException wrapping WSAETIMEDOUT (…)</c> for a wrapped one, and type and message when there is none.
    /// </summary>
    public static string Chain(Exception exception, IReadOnlyList<SocketException> socketExceptions, WsaErrorExpectation expected)
    {
        if (socketExceptions.Count == 0)
        {
            return Exception(exception) + ", which is not and does not wrap a SocketException";
        }

        var errors = string.Join(" and ", socketExceptions.Select(e => SocketException(e, expected)));
        return socketExceptions.Count == 1 && ReferenceEquals(socketExceptions[0], exception)
            ? errors
            : exception.GetType().FullName + " wrapping " + errors;
    }
}
