using System;
using System.Collections.Generic;
using System.Net.Sockets;

namespace WinsockErrors;

/// <summary>
/// Walks an exception and everything it wraps: the exception, then depth first its inner exception or every branch
/// of an <see cref="AggregateException"/>, in order, at most <see cref="WsaErrors.MaxExceptionDepth"/> levels down.
/// </summary>
internal static class ExceptionSearch
{
    /// <summary>
    /// The first <see cref="SocketException"/> in the walk; when <paramref name="found"/> is given, every one, each
    /// once, is added to it in walk order.
    /// </summary>
    /// <remarks>
    /// A plain chain of inner exceptions is walked without allocating; a cycle there (only reflection can make one)
    /// ends at the depth limit. The first <see cref="AggregateException"/> brings in a set of visited exceptions by
    /// reference, so an exception listed twice, or a graph that points back at itself, is walked once.
    /// </remarks>
    public static SocketException? Search(Exception root, List<SocketException>? found)
    {
        var current = root;
        var depth = 0;
        Stack<(Exception Exception, int Depth)>? pending = null;
        HashSet<Exception>? seen = null;
        while (true)
        {
            if (seen is null || seen.Add(current))
            {
                if (current is SocketException socketException)
                {
                    if (found is null)
                    {
                        return socketException;
                    }

                    AddOnce(found, socketException);
                }

                if (depth < WsaErrors.MaxExceptionDepth)
                {
                    if (current is AggregateException aggregate)
                    {
                        pending ??= new Stack<(Exception, int)>();
                        seen ??= new HashSet<Exception>(ReferenceComparer.Instance) { current };
                        var branches = aggregate.InnerExceptions;
                        for (var i = branches.Count - 1; i >= 0; i--)
                        {
                            pending.Push((branches[i], depth + 1));
                        }
                    }
                    else if (current.InnerException is { } inner)
                    {
                        current = inner;
                        depth++;
                        continue;
                    }
                }
            }

            if (pending is null || pending.Count == 0)
            {
                return found is { Count: > 0 } ? found[0] : null;
            }

            (current, depth) = pending.Pop();
        }
    }

    /// <summary>Adds by reference: a SocketException may override Equals, and one reached twice is still one error.</summary>
    private static void AddOnce(List<SocketException> found, SocketException socketException)
    {
        foreach (var existing in found)
        {
            if (ReferenceEquals(existing, socketException))
            {
                return;
            }
        }

        found.Add(socketException);
    }

    /// <summary>Identity comparison for exceptions (netstandard2.0 has no ReferenceEqualityComparer).</summary>
    private sealed class ReferenceComparer : IEqualityComparer<Exception>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(Exception? x, Exception? y) => ReferenceEquals(x, y);

        public int GetHashCode(Exception obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
