/** An Octokit client for the REST API at `apiUrl` (the run context's GITHUB_API_URL), loaded on use: it is large. */
export async function githubRest(token: string, apiUrl = 'https://api.github.com') {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, '') });
}
