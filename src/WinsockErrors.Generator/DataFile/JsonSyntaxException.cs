using System;

namespace WinsockErrors.Generator.DataFile;

/// <summary>The data file is not valid JSON; <see cref="Offset"/> says where the reader stopped.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    public int Offset { get; }
}
