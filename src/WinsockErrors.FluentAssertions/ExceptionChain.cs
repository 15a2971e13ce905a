using System;
using System.Collections.Generic;
using System.Net.Sockets;

namespace WinsockErrors.FluentAssertions;

/// <summary>Finds the <see cref="SocketException"/>s in an exception and everything it wraps.</summary>
internal static class ExceptionChain
{
    /// <summary>
    /// The exception itself when it is a <see cref="SocketException"/>, then those among its inner exceptions, depth
    /// first, following every branch of an <see cref="AggregateException"/>.
    /// </summary>
    public static List<SocketException> SocketExceptionsIn(Exception exception)
    {
        var found = new List<SocketException>();
        // By reference: the same exception can sit twice in an AggregateException, and Equals can be overridden.
        var seen = new List<Exception>();
        var pending = new Stack<Exception>();
        pending.Push(exception);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (seen.Exists(e => ReferenceEquals(e, current)))
            {
                continue;
            }

            seen.Add(current);

            if (current is SocketException socketException)
            {
                found.Add(socketException);
            }

            if (current is AggregateException aggregate)
            {
                for (var i = aggregate.InnerExceptions.Count - 1; i >= 0; i--)
                {
                    pending.Push(aggregate.InnerExceptions[i]);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }

        return found;
    }
}
