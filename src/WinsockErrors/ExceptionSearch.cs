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
    /// <summary>The first <see cref="SocketException"/> in the walk, or <see langword="null"/>.</summary>
    /// <remarks>
    /// The walk starts down the first branch at every level, and an <see cref="AggregateException"/>'s
    /// <see cref="Exception.InnerException"/> is its first branch: so following inner exceptions alone, as a
    /// hand-written loop does and at its cost, meets what the walk meets first. Only when that finds nothing are the
    /// other branches searched.
    /// </remarks>
    public static SocketException? First(Exception root)
    {
        var current = root;
        for (var depth = 0; ; depth++)
        {
            if (current is SocketException socketException)
            {
                return socketException;
            }

            // Stryker disable once Equality : handing over to Search early gives the same answer; this loop only saves its cost
            if (depth == WsaErrors.MaxExceptionDepth || current.InnerException is not { } inner)
            {
                return Search<SocketException>(root, found: null);
            }

            current = inner;
        }
    }

    /// <summary>
    /// The first <typeparamref name="T"/> in the walk that <paramref name="match"/> accepts (any, without one); when
    /// <paramref name="found"/> is given, every one, each once, is added to it in walk order.
    /// </summary>
    /// <remarks>
    /// A plain chain of inner exceptions is walked without allocating; a cycle there (only reflection can make one)
    /// ends at the depth limit. The first <see cref="AggregateException"/> brings in a set of visited exceptions by
    /// reference, so an exception listed twice, or a graph that points back at itself, is walked once.
    /// </remarks>
    public static T? Search<T>(Exception root, List<T>? found, Func<T, bool>? match = null)
        where T : Exception
    {
        var current = root;
        var depth = 0;
        Stack<(Exception Exception, int Depth)>? pending = null;
        VisitedExceptions? seen = null;
        while (true)
        {
            if (seen is null || seen.Add(current))
            {
                if (current is T candidate && (match is null || match(candidate)))
                {
                    if (found is null)
                    {
                        return candidate;
                    }

                    AddOnce(found, candidate);
                }

                if (depth < WsaErrors.MaxExceptionDepth)
                {
                    if (current is AggregateException aggregate)
                    {
                        pending ??= new Stack<(Exception, int)>();
                        if (seen is null)
                        {
                            seen = new VisitedExceptions();
                            // Stryker disable once Statement : without it the aggregate is walked once more at most; the answer is the same
                            seen.Add(current);
                        }

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
                // Stryker disable once Conditional : with a list to fill the caller reads the list, not this value
                return found is { Count: > 0 } ? found[0] : null;
            }

            (current, depth) = pending.Pop();
        }
    }

    /// <summary>Adds by reference: an exception may override Equals, and one reached twice is still one error.</summary>
    private static void AddOnce<T>(List<T> found, T exception)
        where T : Exception
    {
        foreach (var existing in found)
        {
            if (ReferenceEquals(existing, exception))
            {
                return;
            }
        }

        found.Add(exception);
    }

    /// <summary>
    /// The exceptions walked so far, by reference. A <c>Task.WhenAll</c> graph holds a handful, so they are compared one
    /// by one in a small array; past <see cref="FewLimit"/> a hash set takes over.
    /// </summary>
    private sealed class VisitedExceptions
    {
        private const int FewLimit = 16;

        private readonly Exception[] _few = new Exception[FewLimit];
        private int _count;
        private HashSet<Exception>? _many;

        /// <summary>Adds <paramref name="exception"/>; <see langword="false"/> when it was already there.</summary>
        public bool Add(Exception exception)
        {
            if (_many is not null)
            {
                return _many.Add(exception);
            }

            // Stryker disable once Equality,Boolean : a repeat missed here is walked again, at most FewLimit times before the
            // hash set takes over, and found exceptions are added by reference once: only the cost changes
            for (var i = 0; i < _count; i++)
            {
                if (ReferenceEquals(_few[i], exception))
                {
                    // Stryker disable once Boolean : see the loop above: a repeat walked again changes only the cost
                    return false;
                }
            }

            // Stryker disable once Equality,Boolean : the hash set from the start gives the same answers; the array only saves its cost
            if (_count < FewLimit)
            {
                _few[_count++] = exception;
                return true;
            }

            _many = new HashSet<Exception>(_few, ReferenceComparer.Instance);
            return _many.Add(exception);
        }
    }

    /// <summary>Identity comparison for exceptions (netstandard2.0 has no ReferenceEqualityComparer).</summary>
    private sealed class ReferenceComparer : IEqualityComparer<Exception>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(Exception? x, Exception? y) => ReferenceEquals(x, y);

        public int GetHashCode(Exception obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
