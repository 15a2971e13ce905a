using System;
using System.IO;
using System.Text;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>The console wrapper: buffered output goes out on dispose, and a reader that went away is not an error.</summary>
public class CliConsoleTests
{
    [Fact]
    public void Disposing_flushes_what_was_buffered()
    {
        var stream = new MemoryStream();
        var output = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = false };
        var console = new CliConsole(output, TextWriter.Null, TextReader.Null);

        console.Out.Write("WSAECONNRESET");
        stream.Length.Should().Be(0, "output is buffered");
        console.Dispose();

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("WSAECONNRESET");
    }

    [Fact]
    public void A_reader_that_went_away_is_not_an_error()
    {
        var output = new StreamWriter(new BrokenPipe()) { AutoFlush = false };
        var console = new CliConsole(output, TextWriter.Null, TextReader.Null);
        console.Out.Write("wsaerr list | head");

        FluentActions.Invoking(console.Dispose).Should().NotThrow();
    }

    /// <summary>A pipe whose reader has closed: every write fails as a broken pipe does.</summary>
    private sealed class BrokenPipe : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => throw new IOException("Broken pipe");
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Broken pipe");
    }
}
