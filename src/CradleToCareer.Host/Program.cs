using CradleToCareer.Host;

return await ServiceHost.RunAsync(args);
