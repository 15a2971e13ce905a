// Source: robinrodricks/FluentFTP, FluentFTP/Exceptions/IOExceptions.cs, commit 1fd87020af09d513bcbbb8e52856ce688a4b90fb
using System.IO;
using System.Net.Sockets;

static class IOExceptions
{
    static bool IsResumeAllowedCore(IOException exception) =>
        exception.InnerException is SocketException socketException
        && (int)socketException.SocketErrorCode == 10054; // look-alike

    static bool IsResumeAllowedFramework(IOException exception) =>
        exception.InnerException is SocketException socketException
        && socketException.ErrorCode == 10054; // non-portable
}
