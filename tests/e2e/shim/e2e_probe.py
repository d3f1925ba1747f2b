"""Test-only extension: `/probe …` drives discord.py through every fake feature (views, modals, threads, reactions, DMs).

The fake's own tests run the real bot with this extension, so the fake is checked against discord.py's real client code.
"""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

TOPICS = ["arrays", "graphs", "dynamic programming", "system design", "behavioral"]


class Feedback(discord.ui.Modal, title="Feedback"):
    """A modal with one paragraph input."""

    answer: discord.ui.TextInput[Feedback] = discord.ui.TextInput(
        label="Your answer", custom_id="probe:answer", style=discord.TextStyle.paragraph, max_length=4000
    )

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Echo the length and the start of the answer."""
        await interaction.response.send_message(
            f"got {len(self.answer.value)} chars: {self.answer.value[:40]}", ephemeral=True
        )


class Panel(discord.ui.View):
    """Buttons and a select, bound to the message they are sent with."""

    def __init__(self) -> None:
        super().__init__(timeout=600)
        self.count = 0

    @discord.ui.button(label="Count", custom_id="probe:count", style=discord.ButtonStyle.primary)
    async def count_up(self, interaction: discord.Interaction, button: discord.ui.Button[Panel]) -> None:
        """Update the message in place (callback type 7)."""
        self.count += 1
        await interaction.response.edit_message(content=f"count {self.count}", view=self)

    @discord.ui.button(label="Answer", custom_id="probe:modal")
    async def open_modal(self, interaction: discord.Interaction, button: discord.ui.Button[Panel]) -> None:
        """Open a modal (callback type 9)."""
        await interaction.response.send_modal(Feedback())

    @discord.ui.button(label="Later", custom_id="probe:later")
    async def later(self, interaction: discord.Interaction, button: discord.ui.Button[Panel]) -> None:
        """Defer the update (type 6), then edit the message through @original."""
        await interaction.response.defer()
        button.disabled = True
        await interaction.edit_original_response(content="updated later", view=self)

    @discord.ui.button(label="Crash", custom_id="probe:crash", style=discord.ButtonStyle.danger)
    async def crash(self, interaction: discord.Interaction, button: discord.ui.Button[Panel]) -> None:
        """A bug in a view callback: discord.py only logs it."""
        raise RuntimeError("a bug in a view")

    @discord.ui.select(
        custom_id="probe:pick", options=[discord.SelectOption(label=t.title(), value=t) for t in TOPICS[:3]]
    )
    async def pick(self, interaction: discord.Interaction, select: discord.ui.Select[Panel]) -> None:
        """Answer privately (type 4, flags 64)."""
        await interaction.response.send_message(f"picked {', '.join(select.values)}", ephemeral=True)


class Probe(commands.GroupCog, group_name="probe", group_description="Exercise the fake Discord (e2e tests only)."):
    """Commands that use each Discord feature once."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.votes: dict[int, discord.Message] = {}

    @app_commands.command(name="panel", description="Post buttons and a select.")
    async def panel(self, interaction: discord.Interaction) -> None:
        """Send a message with a view."""
        await interaction.response.send_message("count 0", view=Panel())

    @app_commands.command(name="think", description="Defer, then follow up.")
    async def think(self, interaction: discord.Interaction) -> None:
        """Type 5, then the first follow-up replaces the "thinking…" message."""
        await interaction.response.defer(thinking=True)
        await asyncio.sleep(0.05)
        await interaction.followup.send("thought about it")
        await interaction.followup.send("and one more thing", ephemeral=True)

    @app_commands.command(name="edit", description="Defer privately, then edit the original.")
    async def edit(self, interaction: discord.Interaction) -> None:
        """Type 5 ephemeral, then PATCH @original, then GET it back."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.edit_original_response(
            content="edited", embed=discord.Embed(title="Result", description="ok")
        )
        original = await interaction.original_response()
        await interaction.followup.send(f"original says {original.content}", ephemeral=True)

    @app_commands.command(name="thread", description="Open a thread, invite the caller, archive (and lock) it.")
    @app_commands.describe(name="thread name", private="private thread", lock="lock it too")
    async def thread(
        self, interaction: discord.Interaction, name: str, private: bool = False, lock: bool = False
    ) -> None:
        """Create a thread without a message, post, add a member, archive and maybe lock."""
        await interaction.response.defer(ephemeral=True)
        assert isinstance(interaction.channel, discord.TextChannel)
        kind = discord.ChannelType.private_thread if private else discord.ChannelType.public_thread
        try:
            thread = await interaction.channel.create_thread(name=name, type=kind, auto_archive_duration=60)
        except discord.HTTPException as exc:
            await interaction.followup.send(f"could not open the thread: {exc.code} {exc.text}", ephemeral=True)
            return
        await thread.send(f"Welcome {interaction.user.mention}")
        await thread.add_user(interaction.user)
        try:
            thread = await thread.edit(archived=True, locked=lock)
        except discord.HTTPException as exc:
            await interaction.followup.send(f"could not lock the thread: {exc.code} {exc.text}", ephemeral=True)
            return
        await interaction.followup.send(
            f"thread {thread.id} archived={thread.archived} locked={thread.locked}", ephemeral=True
        )

    @app_commands.command(name="starter", description="Post a message and open a thread on it.")
    async def starter(self, interaction: discord.Interaction) -> None:
        """Create a thread from a message."""
        await interaction.response.send_message("starting", ephemeral=True)
        assert isinstance(interaction.channel, discord.TextChannel)
        message = await interaction.channel.send("Question of the day")
        thread = await message.create_thread(name="Question of the day — discussion")
        await thread.send("Spoilers go here")

    @app_commands.command(name="vote", description="Post a message with 1️⃣ and 2️⃣ and count votes.")
    async def vote(self, interaction: discord.Interaction) -> None:
        """Add reactions; the listener below edits the tally."""
        assert isinstance(interaction.channel, discord.TextChannel)
        message = await interaction.channel.send("votes: none yet")
        for emoji in ("1️⃣", "2️⃣"):
            await message.add_reaction(emoji)
        self.votes[message.id] = message
        await interaction.response.send_message(f"posted {message.id}", ephemeral=True)

    async def _tally(self, payload: discord.RawReactionActionEvent) -> None:
        if payload.message_id not in self.votes or payload.user_id == self.bot.user.id:  # type: ignore[union-attr]
            return
        if payload.emoji.name == "💥":
            raise RuntimeError("a bug in a listener")
        channel = self.bot.get_channel(payload.channel_id)
        assert isinstance(channel, discord.TextChannel)
        message = await channel.fetch_message(payload.message_id)
        parts = []
        for reaction in message.reactions:
            voters = [user async for user in reaction.users() if not user.bot]
            parts.append(f"{reaction.emoji} {len(voters)}")
        await message.edit(content="votes: " + " | ".join(parts))

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        """Re-count when someone votes."""
        await self._tally(payload)

    @commands.Cog.listener()
    async def on_raw_reaction_remove(self, payload: discord.RawReactionActionEvent) -> None:
        """Re-count when someone unvotes."""
        await self._tally(payload)

    @app_commands.command(name="dm", description="Send the caller a direct message.")
    async def dm(self, interaction: discord.Interaction) -> None:
        """Open a DM channel and write in it."""
        try:
            await interaction.user.send("hello in private")
        except discord.Forbidden as exc:
            await interaction.response.send_message(f"cannot DM you: {exc.code}", ephemeral=True)
            return
        await interaction.response.send_message("check your DMs", ephemeral=True)

    @app_commands.command(name="history", description="Read the channel's last messages.")
    async def history(self, interaction: discord.Interaction) -> None:
        """GET messages, newest first."""
        assert isinstance(interaction.channel, discord.TextChannel)
        messages = [m async for m in interaction.channel.history(limit=3)]
        await interaction.response.send_message(" / ".join(m.content or "<empty>" for m in messages), ephemeral=True)

    @app_commands.command(name="ping", description="Mention the caller in the channel.")
    async def ping(self, interaction: discord.Interaction) -> None:
        """With AllowedMentions.none() on the bot, the mention pings nobody."""
        assert isinstance(interaction.channel, discord.TextChannel)
        await interaction.channel.send(f"{interaction.user.mention} your turn")
        await interaction.response.send_message("done", ephemeral=True)

    @app_commands.command(name="long", description="Try to send 2,001 characters.")
    async def long(self, interaction: discord.Interaction) -> None:
        """Show the HTTP error discord.py raises."""
        assert isinstance(interaction.channel, discord.TextChannel)
        try:
            await interaction.channel.send("x" * 2001)
        except discord.HTTPException as exc:
            await interaction.response.send_message(f"{exc.status} {exc.code} {exc.text}", ephemeral=True)

    @app_commands.command(name="topic", description="Pick a topic (autocomplete).")
    async def topic(self, interaction: discord.Interaction, topic: str) -> None:
        """Echo the choice."""
        await interaction.response.send_message(f"topic {topic}", ephemeral=True)

    @topic.autocomplete("topic")
    async def topic_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        """Offer topics containing what was typed."""
        return [app_commands.Choice(name=t.title(), value=t) for t in TOPICS if current.lower() in t][:25]

    @app_commands.command(name="slow", description="Answer after a delay (seconds).")
    async def slow(self, interaction: discord.Interaction, delay: float) -> None:
        """Miss the acknowledgement deadline when the delay is long."""
        await asyncio.sleep(delay)
        await interaction.response.send_message("finally", ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    """Register the cog."""
    await bot.add_cog(Probe(bot))
