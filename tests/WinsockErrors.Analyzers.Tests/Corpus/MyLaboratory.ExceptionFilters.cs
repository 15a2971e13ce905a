// Source: henksandoval/MyLaboratory, NetCoreExamples/ConsoleApp1/NewFeatures/6/06_ExceptionFilters.cs
using System.Net.Http;

class ExceptionFilters
{
    public void Run()
    {
        var streamTask = new HttpClient().GetStringAsync("https://www.microsoft.com");
        try
        {
            streamTask.GetAwaiter().GetResult();
        }
        catch (HttpRequestException ex) when (ex.Message.Contains("404")) // look-alike
        {
            throw;
        }
    }
}
