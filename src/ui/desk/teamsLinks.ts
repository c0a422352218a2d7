/** Microsoft Teams deep link to a 1:1 chat (documented `l/chat/0/0?users=` link); works from SharePoint and Teams. */
export function teamsChatLink(email: string, topic?: string): string {
  const params = `users=${encodeURIComponent(email)}${topic ? `&topicName=${encodeURIComponent(topic)}` : ''}`;
  return `https://teams.microsoft.com/l/chat/0/0?${params}`;
}
