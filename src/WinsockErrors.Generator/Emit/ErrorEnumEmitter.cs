using System.Linq;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.Emit;

/// <summary>Emits <c>WsaError</c>: one member per code, documented from the data file.</summary>
internal static class ErrorEnumEmitter
{
    public const string HintName = "WsaError.g.cs";

    public static string Emit(DataFileModel model)
    {
        var w = new CodeWriter();
        w.Line("namespace WinsockErrors;");
        w.Line();
        w.Line("/// <summary>Every Windows Sockets error code, named exactly as the Windows SDK macro.</summary>");
        w.Line("/// <remarks>");
        w.Line("/// The numeric values are the ones <c>WSAGetLastError</c> returns on Windows and");
        w.Line("/// <see cref=\"System.Net.Sockets.SocketException.SocketErrorCode\"/> carries on every OS.");
        w.Line("/// Use <see cref=\"WsaErrors.Get(WsaError)\"/> for the full explanation of a member.");
        w.Line("/// </remarks>");
        w.GeneratedCodeAttribute();
        w.Open("public enum WsaError");
        for (var i = 0; i < model.Entries.Count; i++)
        {
            var error = model.Entries[i];
            if (i > 0)
            {
                w.Line();
            }

            // Microsoft's list has no title for a few codes: their summary is the system message, labelled as such.
            var systemMessage = $"System message: \"{CodeWriter.Xml(error.Message)}\"";
            w.Line($"/// <summary>{(error.Title.Length > 0 ? CodeWriter.Xml(error.Title) : systemMessage)}</summary>");
            w.Line("/// <remarks>");
            if (error.Description.Length > 0)
            {
                w.Line($"/// <para>{CodeWriter.Xml(error.Description)}</para>");
            }

            if (error.Title.Length > 0)
            {
                w.Line($"/// <para>{systemMessage}</para>");
            }

            var facts = $"Value: {CodeWriter.Int(error.Code)} ({CodeWriter.Hex(error.Code)})";
            if (error.Aliases.Count > 0)
            {
                facts += "; also named " + string.Join(", ", error.Aliases);
            }

            if (error.Errno.Count > 0)
            {
                facts += "; POSIX errno " + string.Join(", ", error.Errno.Select(e => e.Name));
            }

            w.Line($"/// <para>{CodeWriter.Xml(facts)}.</para>");
            w.Line("/// </remarks>");
            w.Line($"{error.Name} = {CodeWriter.Int(error.Code)},");
        }

        w.Close();
        return w.ToString();
    }
}
