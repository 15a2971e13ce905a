using System.Net;
using System.Net.Sockets;

namespace WinsockErrors.Tests;

/// <summary>Helpers for the tests that make real failures on 127.0.0.1.</summary>
internal static class Loopback
{
    /// <summary>Runs <paramref name="action"/> and returns the <typeparamref name="T"/> it throws; fails when it throws none.</summary>
    public static async Task<T> CatchAsync<T>(Func<Task> action)
        where T : Exception
    {
        try
        {
            await action();
        }
        catch (T exception)
        {
            return exception;
        }

        throw new InvalidOperationException("Expected " + typeof(T).Name + " was not thrown.");
    }

    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    public static int ClosedPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
