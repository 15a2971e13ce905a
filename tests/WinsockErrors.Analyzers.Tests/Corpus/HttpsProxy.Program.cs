// Source: Az3r/HttpsProxy, HttpsProxy/Program.cs (an earlier version than commit 2e459925ea114244787774478993ca31f0d5b433)
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;

static class ProxyOperation
{
    public static List<byte> ReadRequest(NetworkStream source)
    {
        try
        {
            source.Read(new byte[5000], 0, 5000);
            return new List<byte>();
        }
        catch (IOException e)
        {
            if (e.InnerException is SocketException sErr)
            {
                if (sErr.ErrorCode == 10053 // non-portable
                    || sErr.ErrorCode == 10054) // non-portable
                    return new List<byte>();
                throw sErr;
            }

            throw;
        }
    }

    public static int Write(NetworkStream dest, byte[] buffer)
    {
        try
        {
            dest.Write(buffer, 0, buffer.Length);
            return buffer.Length;
        }
        catch (IOException e)
        {
            if (e.InnerException is SocketException sErr)
            {
                if (sErr.ErrorCode == 10053 // non-portable
                    || sErr.ErrorCode == 10054) // non-portable
                    return -sErr.ErrorCode;
                throw sErr;
            }

            throw;
        }
    }

    static void DoTransferData(NetworkStream read)
    {
        try
        {
            read.Read(new byte[100], 0, 100);
        }
        catch (IOException e) when (e.InnerException is SocketException sErr)
        {
            if (sErr.ErrorCode == 10053 // non-portable
                || sErr.ErrorCode == 10054 // non-portable
                || sErr.ErrorCode == 10058) // non-portable
                return;
            throw;
        }
    }

    static void Run(NetworkStream server, string requestMethod, string rawRequest)
    {
        int ErrorCode = Write(server, new byte[1]);
        if (ErrorCode < 0) // look-alike
            server.Close();
        if (requestMethod == "GET" || requestMethod == "POST") // look-alike
            server.Flush();
        var hostStart = rawRequest.IndexOf("Host: "); // look-alike
    }
}
