// Source: mgravell/Pipelines.Sockets.Unofficial, src/Pipelines.Sockets.Unofficial/ConnectionResetException.cs
using System.IO;

sealed class ConnectionResetException : IOException
{
    public ConnectionResetException() : this("The connection was reset") { } // look-alike

    public ConnectionResetException(string message) : base(message) { }
}
