"""The chat bot: curated answers to general questions, a person for everything else."""
