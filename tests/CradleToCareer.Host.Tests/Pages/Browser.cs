using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace CradleToCareer.Host.Tests.Pages;

/// <summary>
/// A real headless Chromium (Debian's <c>chromium</c> and <c>chromium-driver</c>, which <c>.ci/run</c> installs) driven
/// over WebDriver. Nothing is downloaded: the driver and the browser are the installed ones. With
/// <c>C2C_SCREENSHOTS</c> naming a folder, <see cref="Screenshot"/> saves each page there (docs/screenshots is made so).
/// </summary>
internal sealed class Browser : IDisposable
{
    public const string DriverFolder = "/usr/bin";
    public const string DriverFile = "chromedriver";
    public const string Chromium = "/usr/bin/chromium";

    private readonly ChromeDriver _driver;

    public Browser(int width, int height)
    {
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        Environment.SetEnvironmentVariable("SE_AVOID_STATS", "true");
        if (!File.Exists(Path.Combine(DriverFolder, DriverFile)) || !File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                "Browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver).");
        }

        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", $"--window-size={width},{height}");
        var service = ChromeDriverService.CreateDefaultService(DriverFolder, DriverFile);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public IWebDriver Driver => _driver;

    public void Open(Uri address) => _driver.Navigate().GoToUrl(address);

    public T Script<T>(string script) => (T)_driver.ExecuteScript(script)!;

    /// <summary>The page as it looks now, saved as <c>name.png</c> when screenshots are asked for.</summary>
    public void Screenshot(string name)
    {
        if (Environment.GetEnvironmentVariable("C2C_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var height = Convert.ToInt32(Script<object>("return document.documentElement.scrollHeight;"), System.Globalization.CultureInfo.InvariantCulture);
            var width = Convert.ToInt32(Script<object>("return window.innerWidth;"), System.Globalization.CultureInfo.InvariantCulture);
            _driver.Manage().Window.Size = new System.Drawing.Size(width, Math.Min(height + 140, 4000));
            _driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
        }
    }

    /// <summary>Signs in on the root page and waits for the page the account starts on.</summary>
    public void SignIn(Uri service, string username, string password)
    {
        Open(new Uri(service, "/"));
        _driver.FindElement(By.Id("username")).SendKeys(username);
        _driver.FindElement(By.Id("password")).SendKeys(password);
        _driver.FindElement(By.CssSelector("main form button[type=submit]")).Click();
        WaitUntil(() => new Uri(_driver.Url).AbsolutePath != "/", "the sign-in to lead to the account's first page");
    }

    /// <summary>
    /// Waits up to <paramref name="seconds"/> for the condition, which a page's own script may take a moment to meet. An element
    /// the condition read may belong to the page being left; that counts as "not yet".
    /// </summary>
    public void WaitUntil(Func<bool> condition, string what, int seconds = 10)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!HoldsOnThisPage(condition))
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Waited {seconds} s for {what}; the page is at {_driver.Url}.");
            }

            Thread.Sleep(50);
        }
    }

    private static bool HoldsOnThisPage(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (StaleElementReferenceException)
        {
            return false;
        }
    }

    /// <summary>The element, once the page shows it: after a click the next page may still be loading.</summary>
    public IWebElement WaitFor(By by, int seconds = 10)
    {
        WaitUntil(() => _driver.FindElements(by).Count > 0, $"an element {by}", seconds);
        return _driver.FindElement(by);
    }

    public void Dispose() => _driver.Quit();
}
